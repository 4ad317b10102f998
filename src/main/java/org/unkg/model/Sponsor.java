package org.unkg.model;

/**
 * A sponsor as printed, the State key it resolves to (ISO alpha-3 lower case) or null when it
 * is not a State ("submitted by the President of the General Assembly"), and whether it joined
 * as an additional sponsor.
 */
public record Sponsor(String name, String stateKey, boolean additional) {
}
