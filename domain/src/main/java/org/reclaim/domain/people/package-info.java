/**
 * The people of mine action: personnel and their training (IMAS 06.10), explosive ordnance risk
 * education (IMAS 12.10), accidents, casualties and victim assistance (IMAS 13.10), and the
 * disaggregation by sex, age, disability and veteran status (SADDD, IMAS 05.10) that every count of
 * people carries, with the suppression of small cells before counts are published. Casualties'
 * personal data ({@link PersonalData}) travels separately from their records so that it can be
 * stored encrypted, read only by the roles that need it, and erased. Uses the JDK and JTS only.
 */
package org.reclaim.domain.people;
