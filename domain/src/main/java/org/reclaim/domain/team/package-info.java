/** Teams and assets, their productivity tables and availability. JTS only. */
package org.reclaim.domain.team;
