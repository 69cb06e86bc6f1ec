package org.eshraqa.portal.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eshraqa.portal.shared.privacy.DataArchive;
import org.eshraqa.portal.shared.privacy.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own survey answers under their data rights. Erasure unlinks every answer from the
 * person and removes their comments and the notes of calls back; the scores stay, so every figure
 * already shown (and the rollups the dashboard reads) stays correct. Unanswered invitations go.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    private final SurveyResponseRepository responses;
    private final JdbcClient jdbc;

    SurveyPersonalData(SurveyResponseRepository responses, JdbcClient jdbc) {
        this.responses = responses;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, DataArchive archive) {
        archive.json("answers", responses.answeredBy(accountId).stream().map(r -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("answeredAt", r.answeredAt());
            answer.put("service", r.context().trigger() + (r.context().serviceCode() == null ? ""
                    : " " + r.context().serviceCode()));
            answer.put("satisfaction", r.csat());
            answer.put("effort", r.ces());
            answer.put("recommend", r.nps());
            answer.put("aspects", r.ratings());
            answer.put("comment", r.comment());
            answer.put("mayContact", r.mayContact());
            return answer;
        }).toList());
    }

    @Override
    @Transactional
    public int erase(long accountId) {
        int records = jdbc.sql("""
                        update survey_follow_up f join survey_response r on r.id = f.response_id
                        join survey_invitation i on i.id = r.invitation_id
                        set f.note = null where i.account_id = :account
                        """).param("account", accountId).update();
        records += jdbc.sql("""
                        update survey_response r join survey_invitation i on i.id = r.invitation_id
                        set r.comment = null, r.may_contact = false where i.account_id = :account
                        """).param("account", accountId).update();
        records += jdbc.sql("delete from survey_invitation where account_id = :account and answered_at is null")
                .param("account", accountId).update();
        records += jdbc.sql("update survey_invitation set account_id = null where account_id = :account")
                .param("account", accountId).update();
        jdbc.sql("delete from survey_person where account_id = :account").param("account", accountId).update();
        return records;
    }

    /** Old answers lose the link to the person who gave them; the answers themselves stay. */
    @Override
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        return jdbc.sql("update survey_invitation set account_id = null where account_id is not null and created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
