/**
 * What every page shares: the layout's model (the signed-in user, the tasks its roles allow, the
 * language), the language switch (Chinese by default, English by {@code ?lang=en}, remembered in a
 * cookie), and the pages for what went wrong (forbidden, a service that does not answer, an error
 * answer no form took).
 */
package org.disputeregistry.workbench.layout;
