/**
 * The shared kernel: who is acting ({@link org.infoshare.shared.Actor}), their roles, the access-rule
 * annotations every endpoint carries, and the errors that every module raises the same way.
 * Plain Java: no Spring, no SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.infoshare.shared;
