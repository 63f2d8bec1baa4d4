/** The administration API of dead letters: list, show, replay one or all. */
package org.disputeregistry.query.deadletter.web;
