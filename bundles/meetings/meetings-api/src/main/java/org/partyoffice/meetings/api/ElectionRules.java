package org.partyoffice.meetings.api;

/**
 * The rules of one election (190-QĐ/TW by default).
 *
 * @param seats                  seats to fill (N)
 * @param surplusPercent         the list may exceed N by up to this percentage (default 30)
 * @param floorSupportPercent    a nomination from the floor needs support of more than this percentage of delegates (30)
 * @param base                   what votes are measured against (default all delegates)
 * @param electedRule            what a candidate needs of the base (default more than half)
 * @param blankBallotValid       whether a ballot striking out every name is valid (default true)
 */
public record ElectionRules(int seats, int surplusPercent, int floorSupportPercent, BallotBase base, Rule electedRule,
                            boolean blankBallotValid) {

    public static ElectionRules standard(int seats) {
        return new ElectionRules(seats, 30, 30, BallotBase.ALL_DELEGATES, Rule.MORE_THAN_HALF, true);
    }
}
