/**
 * Validation of commands: every module's service checks its command here before acting, so the API and
 * the pages refuse bad input identically. Bean Validation only; nothing about HTTP or pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command validation", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.infoshare.validation;
