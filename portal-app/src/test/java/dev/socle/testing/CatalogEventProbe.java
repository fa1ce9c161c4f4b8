package dev.socle.testing;

import dev.socle.catalog.EntitiesChanged;
import dev.socle.catalog.LocationRefreshed;
import dev.socle.catalog.LocationUnregistered;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Listens to the catalog's events from outside the catalog module: records each event as it is published (and
 * whether a transaction was active then), and has a module listener that fails the first delivery of each
 * {@link LocationUnregistered}, so that its publication is left incomplete.
 */
@TestComponent
public class CatalogEventProbe {

    /**
     * An event as published.
     *
     * @param event the event
     * @param inTransaction whether it was published inside a transaction
     */
    public record Published(Object event, boolean inTransaction) {}

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final Map<UUID, Integer> unregisteredDeliveries = new ConcurrentHashMap<>();

    @EventListener
    void on(EntitiesChanged event) {
        record(event);
    }

    @EventListener
    void on(LocationRefreshed event) {
        record(event);
    }

    @EventListener
    void on(LocationUnregistered event) {
        record(event);
    }

    @ApplicationModuleListener
    void deliverFailingTheFirstTime(LocationUnregistered event) {
        int delivery = unregisteredDeliveries.merge(event.locationId(), 1, Integer::sum);
        if (delivery == 1) {
            throw new IllegalStateException(
                    "Failing the first delivery of the unregistration of " + event.locationId() + " on purpose");
        }
    }

    private void record(Object event) {
        published.add(new Published(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    /** Every catalog event published since the test started, in order. */
    public List<Published> published() {
        return List.copyOf(published);
    }

    /** The published events of a type. */
    public <T> List<T> published(Class<T> type) {
        return published.stream()
                .map(Published::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** How many times the failing listener was called for the unregistration of the location. */
    public int deliveriesOfUnregistration(UUID locationId) {
        return unregisteredDeliveries.getOrDefault(locationId, 0);
    }

    public void clear() {
        published.clear();
    }
}
