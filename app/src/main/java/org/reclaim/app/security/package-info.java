/** Accounts, roles and the HTTP security rules. Uses Spring Security. */
package org.reclaim.app.security;
