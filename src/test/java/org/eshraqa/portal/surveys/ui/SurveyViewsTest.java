package org.eshraqa.portal.surveys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.insights.ui.SatisfactionDashboardView;
import org.eshraqa.portal.insights.ui.StaffSummaryView;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.BarChart;
import org.eshraqa.portal.shared.ui.LineChart;
import org.eshraqa.portal.shared.ui.NotFoundView;
import org.eshraqa.portal.surveys.CalendarKind;
import org.eshraqa.portal.surveys.Dimension;
import org.eshraqa.portal.surveys.MonthKey;
import org.eshraqa.portal.surveys.StatsQuery;
import org.eshraqa.portal.surveys.SurveyStatistics;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.eshraqa.testsupport.PublicPageClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey page as the person answers it, without signing in; the quality manager's templates,
 * improvement actions and dashboard; the staff summary; and everyone else kept out.
 */
class SurveyViewsTest extends PortalBrowserlessTest {

    static final String QUALITY = "quality@demo.eshraqa.org.sa";

    @Autowired JdbcTemplate jdbc;
    @Autowired SurveyStatistics statistics;

    /** An open invitation made directly, with a known token; returns the token. */
    private String invitation() {
        return invitation("ar");
    }

    private String invitation(String language) {
        String token = ("t" + System.nanoTime() + "abcdefghijklmnopqrstuvwxyz0123456789").substring(0, 43);
        jdbc.update("insert into survey_invitation (token_hash, token_sealed, source_key, trigger_type, service_code,"
                + " channel, region, step, language, created_at, expires_at) values (sha2(?, 256), ?, ?,"
                + " 'REQUEST_CLOSED', 'AWARENESS', 'WEBSITE', 'RIYADH', 'REGISTERED', ?, utc_timestamp(),"
                + " date_add(utc_timestamp(), interval 30 day))", token, token, "view-test:" + token, language);
        return token;
    }

    @Test
    void theQualityManagerKeepsTemplatesAndPublishesWhatWasDone() {
        signInAs(QUALITY);
        navigate(SurveyTemplatesView.class);
        test($(Button.class).withId("template-add-dimension").single()).click();
        int rows = $(TextField.class).all().stream().filter(f -> f.getId().orElse("").endsWith("-code")).toList().size();
        String last = "dimension-" + (rows - 1);
        test($(TextField.class).withId(last + "-code").single()).setValue("bad code");
        test($(Button.class).withId("template-save").single()).click();
        assertThat($(TextField.class).withId(last + "-code").single().isInvalid()).isTrue();
        test($(TextField.class).withId(last + "-code").single()).setValue("WAITING_TIME");
        test($(TextField.class).withId(last + "-ar").single()).setValue("مدة الانتظار");
        test($(TextField.class).withId(last + "-en").single()).setValue("Waiting time");
        test($(Button.class).withId("template-save").single()).click();
        assertThat(jdbc.queryForObject("select count(*) from survey_template_dimension d join survey_template t "
                + "on t.id = d.template_id where t.trigger_type = 'REQUEST_CLOSED' and t.current_version "
                + "and d.code = 'WAITING_TIME'", Integer.class)).isOne();

        navigate(ImprovementActionsView.class);
        test($(Button.class).withId("improvement-new").single()).click();
        test($(Button.class).withId("improvement-save").single()).click();
        assertThat($(TextField.class).withId("improvement-title-ar").single().isInvalid()).isTrue();
        test($(TextField.class).withId("improvement-title-ar").single()).setValue("توضيح المستندات المطلوبة");
        test($(TextField.class).withId("improvement-title-en").single()).setValue("Clearer list of documents");
        test($(TextArea.class).withId("improvement-said-ar").single()).setValue("لم تكن المستندات المطلوبة واضحة");
        test($(TextArea.class).withId("improvement-said-en").single()).setValue("The documents needed were unclear");
        test($(TextArea.class).withId("improvement-did-ar").single()).setValue("أضفنا قائمة المستندات لكل خدمة");
        test($(TextArea.class).withId("improvement-did-en").single()).setValue("We added the list of documents to each service");
        test($(ComboBox.class).withId("improvement-owner").single()).selectItem("فيصل محمد الحربي");
        test($(DatePicker.class).withId("improvement-due").single()).setValue(LocalDate.now().plusDays(10));
        test($(ComboBox.class).withId("improvement-status").single()).selectItem("مُنجز");
        test($(Button.class).withId("improvement-save").single()).click();
        long id = jdbc.queryForObject("select max(id) from improvement_action", Long.class);
        test($(Button.class).withId("improvement-publish-" + id).single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        // Published on the public page, which anyone reads without signing in.
        String page = new PublicPageClient().get("/you-said-we-did").body();
        assertThat(page).contains("قلتم فعملنا", "id=\"action-" + id + "\"", "أضفنا قائمة المستندات لكل خدمة");
    }

    @Test
    void theDashboardShowsFiguresChartsAndTablesAndSaysWhatIsHidden() {
        signInAs(QUALITY);
        navigate(SatisfactionDashboardView.class);
        // The demo's eight months of ratings are enough to show the whole. Seven months back only the
        // demo's raters are there: other tests add groups of a few, which hide a whole breakdown
        // (the total minus its shown rows would tell them).
        @SuppressWarnings("unchecked")
        ComboBox<MonthKey> from = $(ComboBox.class).withId("dashboard-from").single();
        @SuppressWarnings("unchecked")
        ComboBox<MonthKey> to = $(ComboBox.class).withId("dashboard-to").single();
        // It opens on the running month too, marked as running.
        MonthKey running = MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now(PortalDates.ZONE));
        assertThat(to.getValue()).isEqualTo(running);
        assertThat(to.getItemLabelGenerator().apply(running)).contains("الشهر الجاري");
        assertThat(from.getValue()).isEqualTo(running.plus(-5));
        MonthKey then = MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now(PortalDates.ZONE)).plus(-7);
        from.setValue(then);
        to.setValue(then);
        assertThat($(Span.class).withId("figure-responses").single().getText()).matches("\\d+");
        assertThat($(Span.class).withId("figure-csat-percent").single().getText()).endsWith("%");
        LineChart trend = $(LineChart.class).withId("trend-chart").single();
        assertThat(trend.series()).extracting(LineChart.Series::name).containsExactly("نسبة الرضا", "صافي نقاط الترويج");
        assertThat(trend.categories()).isNotEmpty().allSatisfy(month -> assertThat(month).isNotBlank());
        assertThat(trend.series().getFirst().values()).hasSameSizeAs(trend.categories()).anySatisfy(
                csat -> assertThat(csat).isBetween(0.0, 100.0));
        BarChart regionBars = $(BarChart.class).withId("breakdown-region-chart").single();
        assertThat(regionBars.bars()).isNotEmpty().allSatisfy(bar -> assertThat(bar.shown()).endsWith("%"));
        assertThat(regionBars.lengths()).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
        // What people wrote keeps its own direction (an Arabic comment on the English page reads right
        // to left) while its bullet stays on the page's side; every comment of the period is listed.
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withClassName("portal-comments").first()
                .getChildren()).isNotEmpty().allSatisfy(c -> {
                    assertThat(c.getElement().getAttribute("dir")).isNull();
                    assertThat(c.getElement().getChild(0).getAttribute("dir")).isEqualTo("auto");
                });
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).withId("comments-all").single()
                .getChildren()).isNotEmpty();
        assertThat($(Paragraph.class).withId("dashboard-k").single().getText()).contains("5");
        assertThat($(Anchor.class).withId("dashboard-export").single().getHref()).isNotBlank();
        // Each chart's figures as a table, made when its heading is opened.
        assertThat($(com.vaadin.flow.component.grid.Grid.class).withId("breakdown-region-table").all()).isEmpty();
        var regionTable = $(com.vaadin.flow.component.details.Details.class).withClassName("portal-as-table").all()
                .stream().filter(d -> d.getParent().flatMap(p -> p.getId()).orElse("").equals("breakdown-region"))
                .findFirst().orElseThrow();
        regionTable.setOpened(true);
        var regions = $(com.vaadin.flow.component.grid.Grid.class).withId("breakdown-region-table").single();
        assertThat(regions.getGenericDataView().getItems().count()).isPositive();
        regionTable.setOpened(false);
        regionTable.setOpened(true);
        assertThat($(com.vaadin.flow.component.grid.Grid.class).withId("breakdown-region-table").all())
                .as("made once").hasSize(1);

        // A filter too narrow to protect anyone shows nothing.
        test($(ComboBox.class).withId("dashboard-filter").single()).selectItem("المنطقة");
        test($(ComboBox.class).withId("dashboard-filter-value").single()).selectItem("جازان");
        assertThat($(Paragraph.class).withId("dashboard-hidden").single().getText()).contains("5");
        assertThat($(Span.class).withId("figure-responses").all()).isEmpty();
    }

    @Test
    void aWeeklyTrendShowsEveryWeekOfAShownFigureOrNoneAndTheChartMatchesTheService() {
        signInAs(QUALITY);
        navigate(SatisfactionDashboardView.class);
        assertThat($(Paragraph.class).withId("trend-hidden").all()).as("every month of the whole is shown").isEmpty();

        // One region by week: a figure shown over whole weeks of at least k each, so no week is a gap
        // (a gap of a few would be the period minus the shown weeks).
        test($(ComboBox.class).withId("dashboard-filter").single()).selectItem("المنطقة");
        test($(ComboBox.class).withId("dashboard-filter-value").single()).selectItem("الرياض");
        test($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("dashboard-granularity").single())
                .selectItem("أسبوعي");
        LineChart trend = $(LineChart.class).withId("trend-chart").single();
        MonthKey now = MonthKey.of(CalendarKind.GREGORIAN, LocalDate.now(PortalDates.ZONE));
        // The dashboard's own period: the last six months, the running one included.
        var query = StatsQuery.months(now.plus(-5), now).filteredBy(Dimension.REGION, "RIYADH");
        var overview = statistics.overview(query, SurveyStatistics.Granularity.WEEK);
        assertThat(overview.headline().shown()).isTrue();
        assertThat(trend.categories()).hasSameSizeAs(overview.trend());
        assertThat(trend.series().getFirst().values()).containsExactlyElementsOf(overview.trend().stream()
                .map(b -> b.figures().shown() ? Math.round(b.figures().csatPercent() * 10) / 10.0 : null).toList());
        assertThat($(Span.class).withId("figure-responses").single().getText())
                .isEqualTo(String.valueOf(overview.headline().responses()));
        assertThat($(Paragraph.class).withId("trend-hidden").all()).isEmpty();
    }

    @Test
    void everyMemberOfStaffReadsTheSummaryAndNobodyElseTheDashboard() {
        signInAs(OFFICER);
        navigate(StaffSummaryView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("ملخص الرضا والخدمة");
        navigate("staff/dashboard", NotFoundView.class);
        navigate("staff/surveys", NotFoundView.class);
        navigate("staff/improvements", NotFoundView.class);
        navigate("staff/contact-requests", NotFoundView.class);

        signInAs(BENEFICIARY);
        navigate("staff/summary", NotFoundView.class);
        navigate("staff/dashboard", NotFoundView.class);
        navigate(MySurveysView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("تقييماتي");

        signInAs(newAccount("متطوع جديد", Role.VOLUNTEER));
        navigate("staff/summary", NotFoundView.class);
    }

    @Test
    void aVisitorReadsYouSaidWeDidAndIsSentToSignInForTheRest() {
        assertThat(new PublicPageClient().get("/you-said-we-did").status()).isEqualTo(200);
        assertSentToSignIn("staff/dashboard");
        assertSentToSignIn("surveys");
    }

    @Test
    void theQualityManagerSeesWhoAskedToBeContactedAndRecordsTheCallBack() {
        String email = newAccount("سلمى فهد القحطاني", Role.BENEFICIARY);
        long account = accountId(email);
        String token = invitation();
        jdbc.update("update survey_invitation set account_id = ? where source_key = ?", account, "view-test:" + token);
        PublicPageClient browser = new PublicPageClient();
        browser.get("/survey/" + token);
        assertThat(browser.post("/survey/" + token, java.util.Map.of("csat", "2",
                "comment", "لم يتصل بي أحد بعد الزيارة", "mayContact", "yes")).status()).isEqualTo(302);
        long response = jdbc.queryForObject("select r.id from survey_response r join survey_invitation i on "
                + "i.id = r.invitation_id where i.source_key = ?", Long.class, "view-test:" + token);

        signInAs(QUALITY);
        navigate(ContactRequestsView.class);
        var card = $(com.vaadin.flow.component.html.Section.class).withId("contact-request-" + response).single();
        assertThat(card.getElement().getTextRecursively()).contains("سلمى فهد القحطاني", email,
                "لم يتصل بي أحد بعد الزيارة");
        // Not how she rated: a named score could be taken away from a figure of five to leave four.
        assertThat(card.getElement().getTextRecursively()).doesNotContain("من 5", "غير راضٍ");
        test($(Button.class).withId("contact-request-record-" + response).single()).click();
        test($(TextArea.class).withId("contact-request-note").single()).setValue("اتصلنا بها وحُدد موعد للمتابعة");
        test($(Button.class).withId("contact-request-save").single()).click();
        assertThat($(com.vaadin.flow.component.html.Section.class).withId("contact-request-" + response).exists())
                .as("no longer waiting").isFalse();
        test($(Button.class).withId("contact-requests-done").single()).click();
        assertThat($(com.vaadin.flow.component.html.Section.class).withId("contact-request-" + response).single()
                .getElement().getTextRecursively()).contains("اتصلنا بها وحُدد موعد للمتابعة");
    }
}
