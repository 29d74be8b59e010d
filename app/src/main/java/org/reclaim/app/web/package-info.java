/**
 * The web app's server side: the user-interface strings in resource bundles ({@code
 * classpath:i18n/<bundle>_<lang>.properties}, one bundle per page or area of the UI) served as one
 * catalogue per language to the pages under {@code static/app/}. The pages themselves are static
 * files; {@code static/app/shell.js} draws the common navigation, picks the language and offers the
 * escaping render helpers every page uses.
 */
package org.reclaim.app.web;
