package com.quotedesk.account;

import com.quotedesk.common.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Account administration. The last enabled admin can neither be disabled nor demoted. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MIN_PASSWORD = 10;

    @Transactional
    public List<UserView> list() {
        return User.<User>list("order by username").stream().map(UserView::of).toList();
    }

    public UserView create(UserRequest request) {
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ProblemException(409, "Conflict", "An account named '" + request.username() + "' exists",
                    "username", null);
        }
        User u = User.create(request.username(), request.password(), request.roles());
        u.persist();
        return UserView.of(u);
    }

    public UserView update(String username, UserUpdate update) {
        User u = User.findByUsername(username).orElseThrow(() -> ProblemException.notFound("User", username));
        boolean wasAdmin = u.enabled && u.roleList().contains("admin");
        if (update.password() != null) {
            u.password = BcryptUtil.bcryptHash(update.password());
        }
        if (update.roles() != null) {
            if (update.roles().isEmpty()) {
                throw ProblemException.badRequest("roles", "must name at least one of viewer, reviewer, admin");
            }
            u.setRoles(update.roles());
        }
        if (update.enabled() != null) {
            u.enabled = update.enabled();
        }
        boolean isAdmin = u.enabled && u.roleList().contains("admin");
        if (wasAdmin && !isAdmin && User.count("enabled = true and roles like '%admin%'") == 0) {
            throw ProblemException.conflict("This is the last enabled admin; make another admin first", null);
        }
        return UserView.of(u);
    }
}
