/** The append-only audit log of changes to the register. Uses Spring JDBC and Jackson. */
package org.reclaim.store.audit;
