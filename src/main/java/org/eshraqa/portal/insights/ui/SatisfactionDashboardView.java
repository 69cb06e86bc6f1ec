package org.eshraqa.portal.insights.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eshraqa.portal.insights.Dashboards;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.ui.BarChart;
import org.eshraqa.portal.shared.ui.GaugeChart;
import org.eshraqa.portal.shared.ui.LineChart;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.surveys.CalendarKind;
import org.eshraqa.portal.surveys.Dimension;
import org.eshraqa.portal.surveys.Figures;
import org.eshraqa.portal.surveys.MonthKey;
import org.eshraqa.portal.surveys.StatsQuery;
import org.eshraqa.portal.surveys.SurveyStatistics;
import org.eshraqa.portal.surveys.SurveyStatistics.Cell;
import org.eshraqa.portal.surveys.SurveyStep;
import org.eshraqa.portal.surveys.Surveys;
import org.eshraqa.portal.surveys.TemplateDimension;
import org.eshraqa.portal.surveys.TriggerType;

/**
 * The quality manager's satisfaction dashboard (P-6): CSAT, NPS, effort and response rate over
 * whole months of either calendar, their trend, every breakdown, the lowest-rated aspects with
 * what people wrote, and the service's own figures beside them. Every chart has its table; the
 * CSV export holds exactly what is on screen. No figure describes fewer than k people.
 */
@Route("staff/dashboard")
@Menu(order = 68, title = "nav.dashboard", icon = "vaadin:chart")
@RolesAllowed("QUALITY_MANAGER")
public class SatisfactionDashboardView extends Div implements HasDynamicTitle {

    private final transient Dashboards dashboards;
    private final transient Map<String, TemplateDimension> dimensionLabels;
    private final Map<String, String> serviceNames = new LinkedHashMap<>();
    private final RadioButtonGroup<CalendarKind> calendar = new RadioButtonGroup<>();
    private final ComboBox<MonthKey> from = new ComboBox<>();
    private final ComboBox<MonthKey> to = new ComboBox<>();
    private final RadioButtonGroup<SurveyStatistics.Granularity> granularity = new RadioButtonGroup<>();
    private final ComboBox<Dimension> filter = new ComboBox<>();
    private final ComboBox<String> filterValue = new ComboBox<>();
    private final Div content = new Div();
    private final Anchor export = new Anchor();
    private Dashboards.Dashboard shown;

    public SatisfactionDashboardView(Dashboards dashboards, Surveys surveys) {
        this.dashboards = dashboards;
        this.dimensionLabels = surveys.dimensionLabels();
        dashboards.services().forEach(s -> serviceNames.put(s.code(), s.name(getLocale())));
        addClassName("portal-page");
        setId("dashboard-view");
        Paragraph right = new Paragraph(getTranslation("dashboard.right"));
        right.addClassName("portal-hint");
        content.setId("dashboard-content");
        add(new H1(getTranslation("dashboard.title")), right, filters(), content);
        refresh();
    }

    // ---------------------------------------------------------------- filters

    private Component filters() {
        calendar.setLabel(getTranslation("dashboard.calendar"));
        calendar.setId("dashboard-calendar");
        calendar.setItems(CalendarKind.values());
        calendar.setItemLabelGenerator(c -> getTranslation("calendar." + c.name()));
        calendar.setValue(CalendarKind.GREGORIAN);
        for (ComboBox<MonthKey> month : List.of(from, to)) {
            month.setItemLabelGenerator(this::monthChoice);
            month.setAllowCustomValue(false);
        }
        from.setLabel(getTranslation("dashboard.from"));
        from.setId("dashboard-from");
        to.setLabel(getTranslation("dashboard.to"));
        to.setId("dashboard-to");
        months();
        granularity.setLabel(getTranslation("dashboard.trendBy"));
        granularity.setId("dashboard-granularity");
        granularity.setItems(SurveyStatistics.Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("granularity." + g.name()));
        granularity.setValue(SurveyStatistics.Granularity.MONTH);
        filter.setLabel(getTranslation("dashboard.filter"));
        filter.setId("dashboard-filter");
        filter.setItems(SurveyStatistics.BREAKDOWNS);
        filter.setItemLabelGenerator(d -> getTranslation("dimension." + d.name()));
        filter.setPlaceholder(getTranslation("dashboard.filter.none"));
        filter.setClearButtonVisible(true);
        filterValue.setLabel(getTranslation("dashboard.filterValue"));
        filterValue.setId("dashboard-filter-value");
        filterValue.setEnabled(false);
        calendar.addValueChangeListener(e -> {
            months();
            refresh();
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        granularity.addValueChangeListener(e -> refresh());
        filter.addValueChangeListener(e -> {
            filterValue.clear();
            filterValue.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                filterValue.setItems(values(e.getValue()));
                filterValue.setItemLabelGenerator(v -> label(e.getValue(), v));
            }
            refresh();
        });
        filterValue.addValueChangeListener(e -> refresh());
        export.setId("dashboard-export");
        export.setText(getTranslation("dashboard.export"));
        export.addComponentAsFirst(PortalIcon.DOWNLOAD.create());
        export.addClassName("portal-cta");
        export.getElement().setAttribute("download", true);
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv(shown);
            return new DownloadResponse(new ByteArrayInputStream(csv), "eshraqa-satisfaction.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }));
        HorizontalLayout bar = new HorizontalLayout(calendar, from, to, granularity, filter, filterValue, export);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames("portal-filters", "portal-filters-stacked");
        return bar;
    }

    /**
     * The last 24 months of the chosen calendar; by default the last six, the running one
     * included (its weeks that have ended), marked as running.
     */
    private void months() {
        MonthKey now = MonthKey.of(calendar.getValue(), dashboards.today());
        List<MonthKey> choices = new ArrayList<>();
        for (int i = 23; i >= 0; i--) {
            choices.add(now.plus(-i));
        }
        from.setItems(choices);
        to.setItems(choices);
        from.setValue(now.plus(-5));
        to.setValue(now);
    }

    private List<String> values(Dimension dimension) {
        return switch (dimension) {
            case TRIGGER -> java.util.Arrays.stream(TriggerType.values()).map(Enum::name).toList();
            case SERVICE -> new ArrayList<>(serviceNames.keySet());
            case CHANNEL -> java.util.Arrays.stream(Channel.values()).map(Enum::name).toList();
            case REGION -> java.util.Arrays.stream(Region.values()).map(Enum::name).toList();
            case STEP -> java.util.Arrays.stream(SurveyStep.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || granularity.getValue() == null) {
            return;
        }
        content.removeAll();
        if (from.getValue().compareTo(to.getValue()) > 0) {
            Paragraph wrong = new Paragraph(getTranslation("dashboard.period.backwards"));
            wrong.addClassName("portal-error-text");
            content.add(wrong);
            return;
        }
        StatsQuery query = StatsQuery.months(from.getValue(), to.getValue());
        if (filter.getValue() != null && filterValue.getValue() != null) {
            query = query.filteredBy(filter.getValue(), filterValue.getValue());
        }
        shown = dashboards.dashboard(query, granularity.getValue());
        render(shown);
    }

    // ---------------------------------------------------------------- the figures

    private void render(Dashboards.Dashboard dashboard) {
        SurveyStatistics.Overview satisfaction = dashboard.satisfaction();
        int k = satisfaction.minCellSize();
        Paragraph rule = new Paragraph(getTranslation("dashboard.k", k));
        rule.addClassName("portal-hint");
        rule.setId("dashboard-k");
        content.add(rule, headline(satisfaction.headline(), k));
        if (satisfaction.headline().shown()) {
            content.add(trend(satisfaction, k), ratings(dashboard), comments(dashboard));
            satisfaction.breakdowns().forEach((dimension, cells) -> content.add(breakdown(dimension, cells, k)));
            if (dashboard.query().filter() == null) {
                content.add(development(dashboard, k));
            }
        }
        content.add(service(dashboard));
    }

    private Section headline(Figures f, int k) {
        Div tiles = new Div();
        tiles.addClassName("portal-tiles");
        tiles.setId("dashboard-headline");
        if (!f.shown()) {
            Paragraph hidden = new Paragraph(getTranslation("dashboard.hidden.all", k));
            hidden.setId("dashboard-hidden");
            tiles.add(hidden);
        } else {
            tiles.add(tile("csat-percent", "figure.csatPercent", percent(f.csatPercent())),
                    tile("csat-mean", "figure.csatMean", number(f.csatMean())),
                    tile("nps", "figure.nps", signed(f.nps())),
                    tile("ces", "figure.ces", number(f.cesMean())),
                    tile("response-rate", "figure.responseRate", percent(f.responseRate())),
                    tile("responses", "figure.responses", String.valueOf(f.responses())));
        }
        return card("dashboard-headline-card", "dashboard.headline", tiles);
    }

    private Div tile(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("portal-tile-value");
        number.setId("figure-" + id);
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("portal-tile-label");
        Div tile = new Div(number, label);
        tile.addClassName("portal-tile");
        return tile;
    }

    private Section trend(SurveyStatistics.Overview satisfaction, int k) {
        List<String> buckets = new ArrayList<>();
        List<Double> csat = new ArrayList<>();
        List<Double> nps = new ArrayList<>();
        for (SurveyStatistics.Bucket bucket : satisfaction.trend()) {
            buckets.add(bucketName(bucket));
            csat.add(round(bucket.figures().csatPercent()));
            nps.add(round(bucket.figures().nps()));
        }
        LineChart chart = new LineChart(getTranslation("dashboard.trend.chart"));
        chart.setId("trend-chart");
        chart.setData(buckets, List.of(
                new LineChart.Series(getTranslation("figure.csatPercent"), csat,
                        csat.stream().map(SatisfactionDashboardView::percent).toList()),
                new LineChart.Series(getTranslation("figure.nps"), nps,
                        nps.stream().map(SatisfactionDashboardView::signed).toList())));
        Supplier<Component> table = () -> {
            Grid<SurveyStatistics.Bucket> grid = figuresTable(this::bucketName, SurveyStatistics.Bucket::figures);
            grid.setId("trend-table");
            grid.setItems(satisfaction.trend());
            return grid;
        };
        Section card = card("dashboard-trend", "dashboard.trend", chart);
        // A month or week of fewer than k people is a gap in the lines: say so, as the breakdowns do.
        long hidden = satisfaction.trend().stream().filter(b -> !b.figures().shown()).count();
        if (hidden > 0) {
            Paragraph gaps = new Paragraph(getTranslation("dashboard.hidden.some", hidden, k));
            gaps.addClassName("portal-hint");
            gaps.setId("trend-hidden");
            card.add(gaps);
        }
        if (granularity.getValue() == SurveyStatistics.Granularity.WEEK) {
            Paragraph cut = new Paragraph(getTranslation("dashboard.trend.weeksCut"));
            cut.addClassName("portal-hint");
            card.add(cut);
        }
        card.add(asTable(table));
        return card;
    }

    private Section breakdown(Dimension dimension, List<Cell> cells, int k) {
        String id = "breakdown-" + dimension.name().toLowerCase(Locale.ROOT);
        Section section = new Section(new com.vaadin.flow.component.html.H2(getTranslation("dimension." + dimension.name())));
        section.addClassName("portal-card");
        section.setId(id);
        if (cells.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.noData")));
            return section;
        }
        List<Cell> visible = cells.stream().filter(c -> c.figures().shown()).toList();
        BarChart chart = new BarChart(getTranslation("dashboard.breakdown.chart", getTranslation("dimension." + dimension.name())));
        chart.setId(id + "-chart");
        chart.setBars(visible.stream().map(c -> new BarChart.Bar(label(dimension, c.value()),
                round(c.figures().csatPercent()), percent(c.figures().csatPercent()))).toList(), 100.0);
        section.add(chart, asTable(() -> {
            Grid<Cell> table = figuresTable(c -> label(dimension, c.value()), Cell::figures);
            table.setId(id + "-table");
            table.setItems(cells);
            return table;
        }));
        if (cells.size() > visible.size()) {
            Paragraph hidden = new Paragraph(getTranslation("dashboard.hidden.some", cells.size() - visible.size(), k));
            hidden.addClassName("portal-hint");
            section.add(hidden);
        }
        return section;
    }

    private Section ratings(Dashboards.Dashboard dashboard) {
        List<SurveyStatistics.RatingCell> ratings = dashboard.satisfaction().ratings().stream()
                .filter(SurveyStatistics.RatingCell::shown).toList();
        Section section = card("dashboard-ratings", "dashboard.ratings");
        if (ratings.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.noData")));
            return section;
        }
        BarChart chart = new BarChart(getTranslation("dashboard.ratings.chart"));
        chart.setId("ratings-chart");
        chart.setBars(ratings.stream().map(r -> new BarChart.Bar(ratingLabel(r.code()), round(r.mean()),
                number(r.mean()))).toList(), 5.0);
        section.add(chart);
        // The two lowest-rated aspects, with what people who rated them 1 or 2 wrote.
        for (SurveyStatistics.RatingCell low : ratings.stream().limit(2).toList()) {
            H3 title = new H3(getTranslation("dashboard.lowest", ratingLabel(low.code()), number(low.mean()),
                    percent(low.lowPercent())));
            UnorderedList comments = new UnorderedList();
            comments.setId("comments-" + low.code());
            comments.addClassName("portal-comments");
            var said = dashboards.lowComments(dashboard.query(), low.code());
            said.forEach(c -> comments.add(comment(c)));
            if (said.isEmpty()) {
                comments.add(new ListItem(getTranslation("dashboard.comments.none")));
            }
            section.add(title, comments);
        }
        return section;
    }

    /** Every comment of the period (masked), not only those given with a low rating. */
    private Section comments(Dashboards.Dashboard dashboard) {
        Section section = card("dashboard-comments", "dashboard.comments.title");
        UnorderedList list = new UnorderedList();
        list.setId("comments-all");
        list.addClassName("portal-comments");
        var said = dashboards.comments(dashboard.query());
        said.forEach(c -> list.add(comment(c)));
        if (said.isEmpty()) {
            list.add(new ListItem(getTranslation("dashboard.comments.empty")));
        }
        section.add(list);
        return section;
    }

    /**
     * A comment keeps the direction of the language it was written in, inside a list item that
     * keeps the page's: the bullets of Arabic and English comments stay on one side.
     */
    private static ListItem comment(SurveyStatistics.Comment c) {
        Span text = new Span(c.text());
        text.getElement().setAttribute("dir", "auto");
        ListItem item = new ListItem(text);
        item.addClassName("portal-prewrap");
        return item;
    }

    /** Per team and per member of staff: for development, so it is sorted by name, never ranked. */
    private Section development(Dashboards.Dashboard dashboard, int k) {
        Paragraph framing = new Paragraph(getTranslation("dashboard.development.text", k));
        framing.addClassName("portal-hint");
        Grid<Cell> teams = figuresTable(c -> label(Dimension.TEAM, c.value()), Cell::figures);
        teams.setId("development-teams");
        teams.setItems(sortedByLabel(dashboard.perTeam(), c -> label(Dimension.TEAM, c.value())));
        Grid<Cell> staff = figuresTable(this::staffName, Cell::figures);
        staff.setId("development-staff");
        staff.setItems(sortedByLabel(dashboard.perStaff(), this::staffName));
        return card("dashboard-development", "dashboard.development", framing, new H3(getTranslation("dimension.TEAM")),
                teams, new H3(getTranslation("dimension.STAFF")), staff);
    }

    private Section service(Dashboards.Dashboard dashboard) {
        var requests = dashboard.requests();
        Div tiles = new Div(tile("decided", "dashboard.service.decided", String.valueOf(requests.decided())),
                tile("within-target", "dashboard.service.withinTarget", percent(requests.withinTargetPercent())),
                tile("days-to-decision", "dashboard.service.meanDays", number(requests.meanDaysToDecision())),
                tile("overdue", "dashboard.service.overdue", String.valueOf(requests.overdue())));
        tiles.addClassName("portal-tiles");
        Section section = card("dashboard-service", "dashboard.service", tiles);
        if (requests.withinTargetPercent() != null) {
            GaugeChart gauge = new GaugeChart(getTranslation("dashboard.service.withinTarget"));
            gauge.setId("within-target-chart");
            gauge.setValue(requests.withinTargetPercent(), percent(requests.withinTargetPercent()));
            section.add(gauge);
        }
        section.add(counts("open-work", "dashboard.service.open", requests.openByState(),
                s -> getTranslation(s.staffLabelKey())));
        section.add(counts("volunteer-pipeline", "dashboard.service.volunteers", dashboard.volunteers(),
                s -> getTranslation("volunteerState." + s.name())));
        return section;
    }

    /** Counts by state as bars and as a list; a sentence when there is nothing to count. */
    private <S> Div counts(String id, String titleKey, Map<S, Long> counts, Function<S, String> label) {
        Div block = new Div(new H3(getTranslation(titleKey)));
        if (counts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.service.none"));
            none.addClassName("portal-hint");
            none.setId(id + "-none");
            block.add(none);
            return block;
        }
        List<S> keys = new ArrayList<>(counts.keySet());
        BarChart chart = new BarChart(getTranslation(titleKey));
        chart.setId(id + "-chart");
        chart.setBars(keys.stream().map(k -> new BarChart.Bar(label.apply(k), (double) counts.get(k),
                String.valueOf(counts.get(k)))).toList(), null);
        block.add(chart, asTable(() -> {
            UnorderedList table = new UnorderedList();
            table.setId(id + "-table");
            keys.forEach(k -> table.add(new ListItem(label.apply(k) + ": " + counts.get(k))));
            return table;
        }));
        return block;
    }

    // ---------------------------------------------------------------- helpers

    private <T> Grid<T> figuresTable(Function<T, String> name, Function<T, Figures> figures) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(name::apply).setHeader(getTranslation("dashboard.table.item")).setFlexGrow(2);
        grid.addColumn(t -> shownOr(figures.apply(t), f -> String.valueOf(f.responses())))
                .setHeader(getTranslation("figure.responses"));
        grid.addColumn(t -> shownOr(figures.apply(t), f -> percent(f.csatPercent())))
                .setHeader(getTranslation("figure.csatPercent"));
        grid.addColumn(t -> shownOr(figures.apply(t), f -> number(f.csatMean())))
                .setHeader(getTranslation("figure.csatMean"));
        grid.addColumn(t -> shownOr(figures.apply(t), f -> signed(f.nps()))).setHeader(getTranslation("figure.nps"));
        grid.addColumn(t -> shownOr(figures.apply(t), f -> number(f.cesMean()))).setHeader(getTranslation("figure.ces"));
        ResponsiveGrid.of(grid).cards(
                new ResponsiveGrid.Field<>("", name::apply),
                new ResponsiveGrid.Field<>(getTranslation("figure.responses"),
                        t -> shownOr(figures.apply(t), f -> String.valueOf(f.responses()))),
                new ResponsiveGrid.Field<>(getTranslation("figure.csatPercent"),
                        t -> shownOr(figures.apply(t), f -> percent(f.csatPercent()))),
                new ResponsiveGrid.Field<>(getTranslation("figure.csatMean"),
                        t -> shownOr(figures.apply(t), f -> number(f.csatMean()))),
                new ResponsiveGrid.Field<>(getTranslation("figure.nps"), t -> shownOr(figures.apply(t), f -> signed(f.nps()))),
                new ResponsiveGrid.Field<>(getTranslation("figure.ces"),
                        t -> shownOr(figures.apply(t), f -> number(f.cesMean()))));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String shownOr(Figures f, Function<Figures, String> value) {
        return f.shown() ? value.apply(f) : getTranslation("dashboard.hiddenCell");
    }

    /**
     * The figures behind a chart as a table, under a closed "as a table" heading. The table is made
     * when it is first opened: closed, it costs the page nothing (the dashboard's answer was
     * 158 KB with all of them, most of it their grid columns).
     */
    private Details asTable(Supplier<Component> table) {
        Details details = new Details(getTranslation("dashboard.asTable"));
        details.addClassName("portal-as-table");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(table.get());
            }
        });
        return details;
    }

    private static List<Cell> sortedByLabel(List<Cell> cells, Function<Cell, String> label) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(java.util.Comparator.comparing(label));
        return sorted;
    }

    private String staffName(Cell cell) {
        return cell.value().equals(SurveyStatistics.NO_VALUE) ? getTranslation("dashboard.noValue") : cell.label();
    }

    /** A breakdown's row as the reader knows it; the people with no value for it are a row too. */
    private String label(Dimension dimension, String value) {
        if (SurveyStatistics.NO_VALUE.equals(value)) {
            return getTranslation("dashboard.noValue");
        }
        return switch (dimension) {
            case TRIGGER -> getTranslation("surveyTrigger." + value);
            case SERVICE -> serviceNames.getOrDefault(value, value);
            case CHANNEL -> getTranslation("channel." + value);
            case REGION -> getTranslation("applicant.region." + value);
            case STEP -> getTranslation("surveyStep." + value);
            case TEAM -> getTranslation("role." + value);
            case STAFF -> value;
        };
    }

    private String ratingLabel(String code) {
        TemplateDimension dimension = dimensionLabels.get(code);
        return dimension == null ? code : dimension.label(getLocale());
    }

    private String monthName(MonthKey month) {
        return MonthNames.of(month, getLocale());
    }

    /** A month to choose; the running one says so (only its weeks that have ended count). */
    private String monthChoice(MonthKey month) {
        boolean running = calendar.getValue() != null
                && month.equals(MonthKey.of(calendar.getValue(), dashboards.today()));
        return running ? getTranslation("dashboard.month.running", monthName(month)) : monthName(month);
    }

    private String bucketName(SurveyStatistics.Bucket bucket) {
        return bucket.month() != null ? monthName(bucket.month())
                : getTranslation("dashboard.weekOf", PortalDates.dayAndMonth(bucket.start(), getLocale()));
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    private static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A signed figure (NPS) kept left to right inside Arabic text, so "+14" does not read "14+". */
    private static String signed(Double value) {
        return value == null ? "—" : "\u2066" + String.format(Locale.ROOT, "%+.0f", value) + "\u2069";
    }

    private static String plain(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f", value);
    }

    // ---------------------------------------------------------------- export

    /** The figures on screen as CSV (UTF-8 with a byte order mark, so spreadsheets read Arabic). */
    private byte[] csv(Dashboards.Dashboard dashboard) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(getTranslation("dashboard.csv.section"), getTranslation("dashboard.table.item"),
                    getTranslation("figure.responses"), getTranslation("figure.csatPercent"),
                    getTranslation("figure.csatMean"), getTranslation("figure.nps"), getTranslation("figure.ces"),
                    getTranslation("figure.responseRate"));
            if (dashboard == null) {
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            SurveyStatistics.Overview s = dashboard.satisfaction();
            row(csv, getTranslation("dashboard.headline"), period(dashboard.query()), s.headline());
            for (SurveyStatistics.Bucket bucket : s.trend()) {
                row(csv, getTranslation("dashboard.trend"), bucketName(bucket), bucket.figures());
            }
            for (var breakdown : s.breakdowns().entrySet()) {
                for (Cell cell : breakdown.getValue()) {
                    row(csv, getTranslation("dimension." + breakdown.getKey().name()),
                            label(breakdown.getKey(), cell.value()), cell.figures());
                }
            }
            for (Cell cell : dashboard.perTeam()) {
                row(csv, getTranslation("dimension.TEAM"), label(Dimension.TEAM, cell.value()), cell.figures());
            }
            for (Cell cell : dashboard.perStaff()) {
                row(csv, getTranslation("dimension.STAFF"), staffName(cell), cell.figures());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(CSVPrinter csv, String section, String item, Figures f) throws IOException {
        if (!f.shown()) {
            String hidden = getTranslation("dashboard.hiddenCell");
            csv.printRecord(section, item, hidden, hidden, hidden, hidden, hidden, hidden);
            return;
        }
        // Plain numbers, without the direction marks the page puts around "+14": a spreadsheet
        // reads "⁦+14⁩" as text.
        csv.printRecord(section, item, f.responses(), percent(f.csatPercent()), number(f.csatMean()),
                plain(f.nps()), number(f.cesMean()), percent(f.responseRate()));
    }

    private String period(StatsQuery query) {
        String period = monthName(query.from()) + " – " + monthName(query.to());
        return query.filter() == null ? period
                : period + " (" + label(query.filter(), query.filterValue()) + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
