/** Operators' forms: open an event, update it, separate a component. Only reachable when signed in. */
package io.statusdashboard.web.page.operator;
