/**
 * The people side of the register in the store: the repositories of personnel, training, EORE,
 * accidents, casualties and referrals ({@link org.reclaim.store.people.PeopleStore}), casualties'
 * personal data sealed with AES-256-GCM ({@link org.reclaim.store.people.PersonalDataVault}, {@link
 * org.reclaim.store.people.FieldCipher}, {@link org.reclaim.store.people.DataKey}), and the
 * accounts of the people who sign in ({@link org.reclaim.store.people.UserRepository}).
 */
package org.reclaim.store.people;
