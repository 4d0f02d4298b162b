package com.quotedesk.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A Quotedesk account. Passwords are stored as bcrypt hashes only. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntity {

    public static final List<String> ROLES = List.of("viewer", "reviewer", "admin");

    @Username
    public String username;
    @Password
    public String password;
    /** Comma-separated roles; see {@link #ROLES}. */
    @Roles
    public String roles;
    public boolean enabled = true;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Failed sign-ins in a row; see {@link SignInThrottle}. */
    @Column(name = "failed_sign_ins")
    public int failedSignIns;
    /** Sign-in refused until then, after too many failures in a row. */
    @Column(name = "locked_until")
    public Instant lockedUntil;

    public static User create(String username, String plainPassword, List<String> roles) {
        User u = new User();
        u.username = username;
        u.password = BcryptUtil.bcryptHash(plainPassword);
        u.setRoles(roles);
        u.createdAt = Instant.now();
        return u;
    }

    public List<String> roleList() {
        return roleList(roles);
    }

    /** The roles of a {@code roles} column value. */
    public static List<String> roleList(String roles) {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    /** Admins can do all a reviewer can, reviewers all a viewer can: stored expanded so checks stay simple. */
    public void setRoles(List<String> requested) {
        int highest = requested.stream().mapToInt(ROLES::indexOf).max().orElse(0);
        roles = String.join(",", ROLES.subList(0, highest + 1));
    }

    public String highestRole() {
        List<String> mine = roleList();
        return mine.isEmpty() ? "none" : mine.get(mine.size() - 1);
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
