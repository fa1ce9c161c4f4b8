package dev.socle.security;

import dev.socle.plugin.ConflictException;
import dev.socle.security.store.UserAccount;
import dev.socle.security.store.UserAccountRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: the sign-in of the embedded default, before single sign-on is configured. */
@Service
public class LocalAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LocalAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public LocalAccount create(NewLocalAccount request) {
        if (accounts.existsById(request.username())) {
            throw new ConflictException(
                    "Account '" + request.username() + "' already exists; choose another username.");
        }
        Set<String> roles = new HashSet<>(request.roles());
        roles.add(Roles.USER);
        var account = new UserAccount(
                request.username(),
                request.displayName(),
                passwordEncoder.encode(request.password()),
                roles,
                clock.instant());
        return toLocalAccount(accounts.save(account));
    }

    @Transactional(readOnly = true)
    public Optional<LocalAccount> find(String username) {
        return accounts.findById(username).map(LocalAccountService::toLocalAccount);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsById(username);
    }

    @Transactional(readOnly = true)
    public List<LocalAccount> list(Pageable page) {
        return accounts.findAll(page).stream()
                .map(LocalAccountService::toLocalAccount)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    private static LocalAccount toLocalAccount(UserAccount account) {
        return new LocalAccount(
                account.getUsername(), account.getDisplayName(), account.getRoles(), account.getCreatedAt());
    }
}
