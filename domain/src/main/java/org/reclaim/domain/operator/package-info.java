/** Operators and their accreditations (IMAS 07.30). No dependencies beyond the JDK. */
package org.reclaim.domain.operator;
