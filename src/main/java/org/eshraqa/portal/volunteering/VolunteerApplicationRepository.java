package org.eshraqa.portal.volunteering;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.lang.Nullable;

interface VolunteerApplicationRepository extends JpaRepository<VolunteerApplication, Long> {

    String QUEUE = """
            from VolunteerApplication a
            where a.state in :states
              and (:skill is null or :skill member of a.skills)
              and (:interest is null or :interest member of a.interests)
              and (:day is null or exists (select 1 from VolunteerApplication b join b.availability s
                                           where b.id = a.id and s.day = :day))
            """;

    /** New applications first, then those in review, then interviews by date; the longest waiting first. */
    @Query("select a " + QUEUE + """
            order by case a.state when org.eshraqa.portal.volunteering.ApplicationState.SUBMITTED then 0
                                  when org.eshraqa.portal.volunteering.ApplicationState.IN_REVIEW then 1
                                  when org.eshraqa.portal.volunteering.ApplicationState.INTERVIEW then 2
                                  when org.eshraqa.portal.volunteering.ApplicationState.ACCEPTED then 3
                                  else 4 end,
                     a.interviewAt asc, a.submittedAt asc, a.id asc
            """)
    List<VolunteerApplication> queue(Collection<ApplicationState> states, @Nullable Skill skill,
                                     @Nullable Interest interest, @Nullable DayOfWeek day, Pageable page);

    @Query("select count(a) " + QUEUE)
    long countQueue(Collection<ApplicationState> states, @Nullable Skill skill, @Nullable Interest interest,
                    @Nullable DayOfWeek day);

    List<VolunteerApplication> findByAccountIdOrderByIdDesc(long accountId);

    long countByState(ApplicationState state);

    @Query("""
            select a.state, count(a) from VolunteerApplication a
            where a.state <> org.eshraqa.portal.volunteering.ApplicationState.DRAFT group by a.state
            """)
    List<Object[]> countByStateExceptDrafts();
}
