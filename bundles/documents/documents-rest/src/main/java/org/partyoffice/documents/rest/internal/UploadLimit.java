package org.partyoffice.documents.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the module's HTTP uploads ({@code org.partyoffice.documents.rest}). Below the
 * platform's own request limit (64 MB), so the refusal names the field.
 */
@ObjectClassDefinition(name = "Party Office documents REST", description = "Limits of file uploads over HTTP")
@interface UploadLimit {

    String PID = "org.partyoffice.documents.rest";

    @AttributeDefinition(description = "Largest file (version, scan) accepted over HTTP, in megabytes; more is refused with 413")
    int maxUploadMegabytes() default 50;
}
