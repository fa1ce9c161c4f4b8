package dev.socle.security;

import dev.socle.security.store.UserPreference;
import dev.socle.security.store.UserPreferenceRepository;
import dev.socle.shell.ColorScheme;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-person choices that follow them across browsers and devices. */
@Service
public class UserPreferenceService {

    private final UserPreferenceRepository preferences;
    private final Clock clock;

    UserPreferenceService(UserPreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ColorScheme colorScheme(String username) {
        return preferences
                .findById(username)
                .map(preference -> ColorScheme.valueOf(preference.getColorScheme()))
                .orElse(ColorScheme.LIGHT);
    }

    @Transactional
    public void rememberColorScheme(String username, ColorScheme scheme) {
        preferences
                .findById(username)
                .ifPresentOrElse(
                        preference -> preference.changeColorScheme(scheme.name(), clock.instant()),
                        () -> preferences.save(new UserPreference(username, scheme.name(), clock.instant())));
    }
}
