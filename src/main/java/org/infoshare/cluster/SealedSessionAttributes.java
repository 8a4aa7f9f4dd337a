package org.infoshare.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;

/**
 * How a session's attribute values are stored: Java-serialised, then sealed (AES-256-GCM) under the
 * deployment's key, whose master lives outside the database. A session holds what proves who someone is
 * (their sign-in, a passkey challenge, an authenticator secret being set up); sealed, a copy of the database
 * shows none of it, and a value written into the table by anyone without the key is never deserialised, so
 * the database cannot be used to feed the application objects of its choosing.
 *
 * <p>A value that does not open (altered, or sealed under another deployment's key) reads as absent: the
 * session then simply lacks it, and its user signs in again.
 */
final class SealedSessionAttributes {

    private static final Logger log = LoggerFactory.getLogger(SealedSessionAttributes.class);
    static final String CONTEXT = "spring_session_attributes.attribute_bytes";

    private final ObjectProvider<PersonalDataCipher> cipher;
    private final ClassLoader classLoader;

    SealedSessionAttributes(ObjectProvider<PersonalDataCipher> cipher, ClassLoader classLoader) {
        this.cipher = cipher;
        this.classLoader = classLoader;
    }

    /** The conversions Spring Session's JDBC repository uses for attribute values, both ways. */
    GenericConversionService conversions() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, (Converter<Object, byte[]>) this::seal);
        conversions.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) this::open);
        return conversions;
    }

    byte[] seal(Object value) {
        if (!(value instanceof Serializable)) {
            throw new IllegalArgumentException("A session attribute must be serialisable: " + value.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise a session attribute of type " + value.getClass().getName(), e);
        }
        return cipher.getObject().encrypt(KeyScope.DEPLOYMENT, bytes.toByteArray(), CONTEXT);
    }

    Object open(byte[] sealed) {
        byte[] plain;
        try {
            plain = cipher.getObject().decrypt(KeyScope.DEPLOYMENT, sealed, CONTEXT);
        } catch (RuntimeException e) {
            log.warn("A session attribute did not open with the deployment's key and is ignored: {}", e.getMessage());
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(plain)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
                return Class.forName(description.getName(), false, classLoader);
            }
        }) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            // Written by another version of the application: the session loses this value, nothing more.
            log.info("A session attribute could not be read back ({}); it is ignored", e.toString());
            return null;
        }
    }
}
