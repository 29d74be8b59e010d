/** Tasks, release methods and the task life cycle. No dependencies beyond the JDK. */
package org.reclaim.domain.task;
