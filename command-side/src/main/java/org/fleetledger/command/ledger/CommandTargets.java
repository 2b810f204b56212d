package org.fleetledger.command.ledger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the aggregate a command targets as Axon's annotation-based resolver does: the member marked
 * {@link TargetAggregateIdentifier} (a method first, else a field), and the one marked
 * {@link TargetAggregateVersion}, if any. Only members marked directly count: no command here marks one
 * through a meta-annotation, which Axon's resolver also follows. The members are looked up once per
 * command class. Axon's
 * resolver looks them up anew for every command, among every method and field of the class and its
 * superclasses: 2 % of the service's CPU under writes (ADR 0050).
 */
final class CommandTargets implements CommandTargetResolver {

    static final CommandTargets INSTANCE = new CommandTargets();

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(member(type, TargetAggregateIdentifier.class), member(type, TargetAggregateVersion.class));
        }
    };

    private CommandTargets() {
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Target target = targets.get(command.getPayloadType());
        Object identifier = read(target.identifier(), payload);
        if (identifier == null) {
            throw new IllegalArgumentException(
                    "Invalid command. It does not identify the target aggregate. Make sure at least one of the "
                            + "fields or methods in the [" + command.getPayloadType().getSimpleName()
                            + "] class contains the @TargetAggregateIdentifier annotation and that it returns a "
                            + "non-null value.");
        }
        Object version = read(target.version(), payload);
        return new VersionedAggregateIdentifier(identifier, version == null ? null
                : version instanceof Number number ? Long.valueOf(number.longValue()) : Long.valueOf(version.toString()));
    }

    /** The identifier of the aggregate {@code payload} targets; empty when it names none. */
    Optional<String> identifierOf(Object payload) {
        Object identifier = read(targets.get(payload.getClass()).identifier(), payload);
        return identifier == null ? Optional.empty() : Optional.of(identifier.toString());
    }

    private static Object read(AccessibleObject member, Object payload) {
        if (member == null) {
            return null;
        }
        try {
            return member instanceof Method method ? method.invoke(payload) : ((Field) member).get(payload);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + member + " of a command", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + member + " of a command failed", e.getCause());
        }
    }

    /** The first method, else the first field, of the class or a superclass marked with {@code annotation}. */
    private static AccessibleObject member(Class<?> type, Class<? extends Annotation> annotation) {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        for (Class<?> c : classes) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation) && method.getParameterCount() == 0) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        for (Class<?> c : classes) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(annotation) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        return null;
    }

    private record Target(AccessibleObject identifier, AccessibleObject version) {
    }
}
