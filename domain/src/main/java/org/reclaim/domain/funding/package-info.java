/**
 * Funding of mine action: donors, pledges, grants with earmarks, disbursements, costs booked per
 * task; the half-yearly pledge report per donor with each donor's share, and cost per m² released.
 * Amounts in US$. JDK and the other domain packages only.
 */
package org.reclaim.domain.funding;
