/**
 * The people side as services: disaggregated reports of personnel, training, EORE and casualties
 * with small cells suppressed for donors and the public ({@link
 * org.reclaim.app.people.PeopleReports}), EORE coverage of exposed settlements, open referrals,
 * team readiness by qualifications, casualties' personal data behind the victim assistance role
 * ({@link org.reclaim.app.people.PersonalDataService}), and the public view ({@link
 * org.reclaim.app.people.PublicView}). Uses the domain, the store and {@code app.security}'s
 * caller.
 */
package org.reclaim.app.people;
