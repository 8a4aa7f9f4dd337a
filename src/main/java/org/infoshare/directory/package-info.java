/**
 * The partnership directory: organisations (each a data controller, with its DPO, Caldicott Guardian and
 * security assurance), their teams, and their staff and partner systems with roles, training and vetting.
 * Staff names and contact details are encrypted under their organisation's key; usernames are found by a
 * keyed blind index. Revoking a leaver takes effect on their next request (002 §4.5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership directory")
package org.infoshare.directory;
