/**
 * FOI and EIR assistance between partners (002 §2.8): a party that receives a request for information asks the
 * others for their views or data; each partner asked has 2 working days to respond and 7 to complete any data
 * exchange, on the statutory clock in its own nation; reminders and escalation when they fall due; the final
 * decision stays with the holder.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FOI assistance")
package org.infoshare.foi;
