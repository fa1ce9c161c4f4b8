package dev.socle.security.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a person chose for themselves, kept per username so it follows them across devices. */
@Entity
@Table(name = "security_user_preference")
public class UserPreference {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "color_scheme", nullable = false, length = 10)
    private String colorScheme;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserPreference() {}

    public UserPreference(String username, String colorScheme, Instant updatedAt) {
        this.username = username;
        this.colorScheme = colorScheme;
        this.updatedAt = updatedAt;
    }

    public String getColorScheme() {
        return colorScheme;
    }

    public void changeColorScheme(String colorScheme, Instant when) {
        this.colorScheme = colorScheme;
        this.updatedAt = when;
    }
}
