package org.eshraqa.portal.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.requests.RequestFigures;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.surveys.CalendarKind;
import org.eshraqa.portal.surveys.Dimension;
import org.eshraqa.portal.surveys.Figures;
import org.eshraqa.portal.surveys.MonthKey;
import org.eshraqa.portal.surveys.StatsQuery;
import org.eshraqa.portal.surveys.SurveyStatistics;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the dashboards show, each part from the module that owns it. */
@Service
public class Dashboards {

    /** The quality manager's dashboard for a period. */
    public record Dashboard(StatsQuery query, SurveyStatistics.Overview satisfaction,
                            List<SurveyStatistics.Cell> perTeam, List<SurveyStatistics.Cell> perStaff,
                            RequestFigures requests, Map<ApplicationState, Long> volunteers) {
    }

    /**
     * What every member of staff reads: the last three whole months in brief. Whole months only, so
     * the figures can never be set against the dashboard's to single out this month's few raters.
     */
    public record Summary(MonthKey from, MonthKey to, int minCellSize, Figures satisfaction, RequestFigures requests) {
    }

    private final SurveyStatistics statistics;
    private final SupportRequests requests;
    private final VolunteerApplications volunteers;
    private final Clock clock;

    Dashboards(SurveyStatistics statistics, SupportRequests requests, VolunteerApplications volunteers, Clock clock) {
        this.statistics = statistics;
        this.requests = requests;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    public Dashboard dashboard(StatsQuery query, SurveyStatistics.Granularity granularity) {
        boolean unfiltered = query.filter() == null;
        return new Dashboard(query, statistics.overview(query, granularity),
                unfiltered ? statistics.perStaff(query, Dimension.TEAM) : List.of(),
                unfiltered ? statistics.perStaff(query, Dimension.STAFF) : List.of(),
                requests.figures(query.from().firstDay(), query.to().lastDay()), volunteers.pipeline());
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR', 'QUALITY_MANAGER', 'ADMIN')")
    public Summary summary() {
        LocalDate today = today();
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, today);
        MonthKey from = now.plus(-3);
        MonthKey to = now.plus(-1);
        return new Summary(from, to, statistics.minCellSize(), statistics.recentHeadline(today),
                requests.figures(from.firstDay(), to.lastDay()));
    }

    /** A few comments of people who rated this aspect 1 or 2, masked; none where the period's cell is hidden. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    public List<SurveyStatistics.Comment> lowComments(StatsQuery query, String ratingCode) {
        return statistics.lowComments(query, ratingCode, 5);
    }

    /** The most recent comments of the period, masked, whatever was rated with them. */
    public List<SurveyStatistics.Comment> comments(StatsQuery query) {
        return statistics.comments(query, 20);
    }

    /** Service names for the breakdown by service, in the reader's language. */
    public List<ServiceOffer> services() {
        return requests.catalogue();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalDates.zone()));
    }
}
