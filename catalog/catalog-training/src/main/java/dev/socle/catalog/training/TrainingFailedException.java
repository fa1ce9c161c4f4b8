package dev.socle.catalog.training;

/** The AOT training run did not do all its work, so the cache it records must not be used. */
class TrainingFailedException extends IllegalStateException {

    TrainingFailedException(String message) {
        super(message);
    }

    TrainingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
