package org.eshraqa.portal.identity;

import java.util.Set;

/** An account an administrator creates for a member of staff. */
public record NewStaffAccount(String fullName, String email, String mobile, String initialPassword,
                              Set<Role> roles) {
}
