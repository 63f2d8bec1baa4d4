/**
 * The workbench: server-rendered pages (Thymeleaf, htmx) for case officers, mediators and analysts.
 * Users sign in at the OpenID Connect provider ({@code signin}); every page calls the services'
 * APIs with the signed-in user's access token ({@code api}) and never reads a database. One package
 * per page or group of pages ({@code home}, {@code cases}, {@code reconsideration}) beside the
 * layout they share ({@code layout}).
 */
package org.disputeregistry.workbench;
