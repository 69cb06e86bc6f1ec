package org.eshraqa.portal.volunteering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.shared.Region;

/**
 * What a volunteer tells about themselves in the application: identity and contact,
 * qualifications and licences, skills, languages, interests and weekly availability. In a draft
 * any of it may still be empty.
 */
public record VolunteerProfile(
        String fullName,
        String nationalId,
        LocalDate birthDate,
        Gender gender,
        Region region,
        String city,
        String mobile,
        String email,
        Education education,
        String fieldOfStudy,
        String experience,
        String motivation,
        Set<Skill> skills,
        Set<SpokenLanguage> languages,
        Set<Interest> interests,
        List<Licence> licences,
        List<Availability> availability) {

    public VolunteerProfile {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        interests = interests == null ? Set.of() : Set.copyOf(interests);
        licences = licences == null ? List.of() : List.copyOf(licences);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    public static VolunteerProfile empty() {
        return new VolunteerProfile(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The field name of the errors about one licence row, in the order the rows were sent. */
    public static String licenceField(int row) {
        return "licences." + row;
    }

    /** The field name of the errors about one availability row, in the order the rows were sent. */
    public static String availabilityField(int row) {
        return "availability." + row;
    }

    /** Whether the volunteer offers specialised support, which needs a valid licence. */
    public boolean specialised() {
        return interests.contains(Interest.SPECIALISED_SUPPORT);
    }
}
