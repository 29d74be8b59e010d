/**
 * Policy profiles: named, versioned national priority policies — weights (direct or by AHP),
 * scoring method, normalisation and criteria parameters — validated on construction. JSON mapping
 * is done by the caller (the app); this package knows nothing of JSON. May use: the JDK, the
 * domain, {@code analysis.criteria} and {@code analysis.scoring}.
 */
package org.reclaim.analysis.profile;
