package dev.standout.spark;

import dev.standout.resume.Resume;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an extracted {@link Resume} into bytes and back, so that a model build can keep the pool's resumes
 * between its counting pass and its calibration pass (Spark caches them, spilling to disk) without extracting
 * twice. The resume records are not {@code Serializable}; this codec walks their components by reflection, so
 * a component added to a record is carried along without a change here. It knows strings, booleans, ints, longs,
 * doubles, enums, lists and records: a component of another type fails loudly on first use.
 */
final class ResumeCodec {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private ResumeCodec() {
    }

    static byte[] encode(Resume resume) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, resume, Resume.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    static Resume decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return (Resume) read(in, Resume.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not an encoded resume", e);
        }
    }

    private static void write(DataOutputStream out, Object value, Type type) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
            return;
        }
        if (raw == int.class) {
            out.writeInt((Integer) value);
            return;
        }
        if (raw == long.class) {
            out.writeLong((Long) value);
            return;
        }
        if (raw == double.class) {
            out.writeDouble((Double) value);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) return;
        if (raw == String.class) {
            byte[] b = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        } else if (raw.isEnum()) {
            out.writeUTF(((Enum<?>) value).name());
        } else if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object o : list) write(out, o, element);
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.accessors.length; i++) {
                write(out, invoke(shape.accessors[i], value), shape.types[i]);
            }
        } else {
            throw new IllegalStateException("cannot encode a " + type + " of a resume");
        }
    }

    private static Object read(DataInputStream in, Type type) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == boolean.class) return in.readBoolean();
        if (raw == int.class) return in.readInt();
        if (raw == long.class) return in.readLong();
        if (raw == double.class) return in.readDouble();
        if (!in.readBoolean()) return null;
        if (raw == String.class) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
        if (raw.isEnum()) return enumValue(raw, in.readUTF());
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int n = in.readInt();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(read(in, element));
            return list;
        }
        if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            Object[] args = new Object[shape.types.length];
            for (int i = 0; i < args.length; i++) args[i] = read(in, shape.types[i]);
            try {
                return shape.constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IOException("cannot rebuild a " + raw.getSimpleName() + ": " + e.getCause(), e.getCause());
            }
        }
        throw new IllegalStateException("cannot decode a " + type + " of a resume");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalStateException("cannot encode a " + type + " of a resume");
    }

    /** A record's components and canonical constructor. */
    private static final class Shape {
        final Method[] accessors;
        final Type[] types;
        final Constructor<?> constructor;

        private Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {
            this.accessors = accessors;
            this.types = types;
            this.constructor = constructor;
        }

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(accessors, types, type.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    }
}
