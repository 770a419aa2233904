/**
 * The guest-house module (nhà khách): the rooms of a Party Committee's guest house and the
 * bookings of delegations who stay there, with check-in and check-out. A room is never booked
 * for two overlapping nights; a booking may be linked to a meeting of the meetings module when
 * that module is installed.
 */
@Export
@Version("1.0.0")
package vn.example.guesthouse.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
