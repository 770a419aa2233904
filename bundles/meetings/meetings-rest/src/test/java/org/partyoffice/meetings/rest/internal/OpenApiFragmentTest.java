package org.partyoffice.meetings.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/meetings.json} describes exactly what this package's resources serve (see the contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("meetings", ScheduleResource.class, Set.of("AgendaResource", "AttendanceResource", "BodiesResource",
                "CongressResource", "CostEstimatesResource", "DecisionsResource", "ElectionsResource", "FollowUpsResource", "InvitationsResource",
                "MinutesResource", "RoomsResource", "ScheduleResource"));
    }
}
