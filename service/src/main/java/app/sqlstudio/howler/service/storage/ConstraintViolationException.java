package app.sqlstudio.howler.service.storage;

/** A UNIQUE, CHECK or FOREIGN KEY constraint failed; services turn it into a 409 or 400. */
public class ConstraintViolationException extends DatabaseException {
    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause, false);
    }
}
