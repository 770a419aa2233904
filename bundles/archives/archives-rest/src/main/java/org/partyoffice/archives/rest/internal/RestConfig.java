package org.partyoffice.archives.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the module's HTTP side ({@code org.partyoffice.archives.rest}). The upload limits
 * stay below the platform's own request limit (64 MB by default), so the refusal names the field;
 * raise both together for larger digitisation batches.
 */
@ObjectClassDefinition(name = "Party Office archives REST", description = "Uploads and transfers over HTTP")
@interface RestConfig {

    String PID = "org.partyoffice.archives.rest";

    @AttributeDefinition(description = "Largest file of an item accepted over HTTP, in megabytes; more is refused with 413")
    int maxUploadMegabytes() default 50;

    @AttributeDefinition(description = "Largest digitisation batch (ZIP) accepted over HTTP, in megabytes; more is refused with 413")
    int maxBatchMegabytes() default 60;

    @AttributeDefinition(description = "Folder the packages of transfers to the historical archive are written to; "
            + "empty: ${karaf.data}/partyoffice/archives/transfers")
    String transferFolder() default "";
}
