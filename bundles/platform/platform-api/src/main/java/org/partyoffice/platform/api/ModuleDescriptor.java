package org.partyoffice.platform.api;

/** A snapshot of an installed module, as the registry lists it. */
public record ModuleDescriptor(String id, String nameVi, String nameEn, String webPath, int order,
                               String version, String bundle) {
}
