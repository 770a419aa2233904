package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.MacCalculator;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The PKCS#12 password derivations done by the JDK's SunJCE: PBES2 with PBKDF2-HMAC-SHA256 and
 * AES-256-CBC for the keys ({@code PBEWithHmacSHA256AndAES_256}) and the PKCS#12 MAC with SHA-256
 * ({@code HmacPBESHA256}), the same algorithms and iteration counts BouncyCastle would run, plugged
 * into BouncyCastle's PKCS#12 builders through their operator interfaces. Why: the JDK's SHA-256
 * runs on the CPU's SHA instructions; BouncyCastle's is pure Java and made each soft-token issuance
 * and unlock about three times slower. Both derivations are 10,000 iterations either way.
 */
final class JdkPbe {

    private static final String PBES2 = "PBEWithHmacSHA256AndAES_256";
    private static final String PKCS12_MAC = "HmacPBESHA256";

    private JdkPbe() {
    }

    /**
     * The JDK's PBE key factories take printable ASCII only (BouncyCastle encodes others as UTF-8
     * for PBKDF2 and BMPString for the MAC, as PKCS#5 and PKCS#12 say): other passwords, such as a
     * configured CA key store password with Vietnamese letters, stay with BouncyCastle.
     */
    static boolean usable(char[] password) {
        for (char c : password) {
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** An encryptor for one key: a fresh salt and IV, PBKDF2-HMAC-SHA256 with {@code iterations}. */
    static OutputEncryptor encryptor(char[] password, int iterations) throws GeneralSecurityException, IOException {
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        Crypto.RANDOM.nextBytes(salt);
        Crypto.RANDOM.nextBytes(iv);
        SecretKey key = SecretKeyFactory.getInstance(PBES2).generateSecret(new PBEKeySpec(password));
        Cipher cipher = Cipher.getInstance(PBES2);
        cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, iterations, new IvParameterSpec(iv)),
                Crypto.RANDOM);
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                PBES2Parameters.getInstance(ASN1Primitive.fromByteArray(cipher.getParameters().getEncoded())));
        return new OutputEncryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream(OutputStream out) {
                return new CipherOutputStream(out, cipher);
            }

            @Override
            public GenericKey getKey() {
                return new JceGenericKey(algorithm, key);
            }
        };
    }

    /**
     * The key inside {@code shrouded}, decrypted by the JDK; {@code null} when the JDK does not
     * know its encryption scheme (the caller then asks BouncyCastle).
     */
    static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo shrouded, char[] password) throws IOException {
        if (!usable(password) || !shrouded.getEncryptionAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
            return null;
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(shrouded.getEncoded());
            String scheme = info.getAlgParameters().toString(); // e.g. PBEWithHmacSHA256AndAES_256
            SecretKey key = SecretKeyFactory.getInstance(scheme).generateSecret(new PBEKeySpec(password));
            Cipher cipher = Cipher.getInstance(scheme);
            cipher.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return PrivateKeyInfo.getInstance(info.getKeySpec(cipher).getEncoded());
        } catch (NoSuchAlgorithmException unknown) {
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the key cannot be decrypted", e);
        }
    }

    /**
     * Whether the file's MAC verifies with {@code password}, computed by the JDK; {@code null}
     * when the MAC is not the SHA-256 one the JDK computes (the caller then asks BouncyCastle).
     */
    static Boolean macValid(PKCS12PfxPdu pdu, char[] password) throws IOException {
        Pfx pfx = pdu.toASN1Structure();
        MacData macData = pfx.getMacData();
        if (macData == null || !usable(password)
                || !macData.getMac().getAlgorithmId().getAlgorithm().equals(NISTObjectIdentifiers.id_sha256)) {
            return null;
        }
        byte[] content = ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets();
        try {
            Mac mac = Mac.getInstance(PKCS12_MAC);
            mac.init(pkcs12Key(password), new PBEParameterSpec(macData.getSalt(), macData.getIterationCount().intValueExact()));
            return MessageDigest.isEqual(mac.doFinal(content), macData.getMac().getDigest());
        } catch (NoSuchAlgorithmException unknown) {
            return null;
        } catch (GeneralSecurityException | ArithmeticException e) {
            throw new IOException("the PKCS#12 MAC cannot be computed", e);
        }
    }

    /** The PKCS#12 SHA-256 MAC with a fresh 32-byte salt and {@code iterations}. */
    static PKCS12MacCalculatorBuilder macCalculator(int iterations) {
        AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        return new PKCS12MacCalculatorBuilder() {
            @Override
            public AlgorithmIdentifier getDigestAlgorithmIdentifier() {
                return sha256;
            }

            @Override
            public MacCalculator build(char[] password) {
                byte[] salt = new byte[32];
                Crypto.RANDOM.nextBytes(salt);
                Mac mac;
                try {
                    mac = Mac.getInstance(PKCS12_MAC);
                    mac.init(pkcs12Key(password), new PBEParameterSpec(salt, iterations));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the JDK cannot compute the PKCS#12 MAC", e);
                }
                AlgorithmIdentifier parameters = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256,
                        new PKCS12PBEParams(salt, iterations));
                return new MacCalculator() {
                    @Override
                    public AlgorithmIdentifier getAlgorithmIdentifier() {
                        return parameters;
                    }

                    @Override
                    public OutputStream getOutputStream() {
                        return new OutputStream() {
                            @Override
                            public void write(int b) {
                                mac.update((byte) b);
                            }

                            @Override
                            public void write(byte[] b, int off, int len) {
                                mac.update(b, off, len);
                            }
                        };
                    }

                    @Override
                    public byte[] getMac() {
                        return mac.doFinal();
                    }

                    @Override
                    public GenericKey getKey() {
                        return new GenericKey(parameters, new byte[0]);
                    }
                };
            }
        };
    }

    private static SecretKey pkcs12Key(char[] password) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance("PBE").generateSecret(new PBEKeySpec(password));
    }
}
