using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace SalesCrm.Web.Data.Protection;

/// <summary>
/// Reads back a key that <see cref="KeyRingXmlEncryptor"/> encrypted. Data Protection creates it by the type name
/// stored with each key, handing it the app's services: keep the name, or keys already stored cannot be read.
/// </summary>
internal sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var protector = services.GetRequiredService<ContactProtector>();
        var keyId = (string?)encryptedElement.Attribute(KeyRingXmlEncryptor.KeyIdAttribute);
        if (keyId != protector.KeyId)
        {
            throw new CryptographicException(
                $"This Data Protection key was encrypted with contact protection key {keyId}, but the app has key {protector.KeyId}: sign-in cookies issued with it cannot be read.");
        }

        var plain = protector.UnprotectBytes(Convert.FromBase64String(encryptedElement.Value), KeyRingXmlEncryptor.Purpose);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
