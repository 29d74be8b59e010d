/**
 * Evidence: dated, located observations with source, reliability and class (direct/indirect, IMSMA
 * practice), and their links to hazardous areas. JTS only.
 */
package org.reclaim.domain.evidence;
