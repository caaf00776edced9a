// A driver for typage (npm "age-encryption", the TypeScript age by age's author), so the
// Python tests can run it as a peer: one JSON request on stdin, one JSON answer on stdout.
//   {"op": "keygen", "pq": true}                      -> {"identity", "recipient"}
//   {"op": "recipient", "identity": "AGE-SECRET-KEY-…"} -> {"recipient"}
//   {"op": "encrypt", "recipients": [...], "passphrase": null, "data": b64} -> {"data": b64}
//   {"op": "decrypt", "identities": [...], "passphrase": null, "data": b64} -> {"data": b64}
// A failure answers {"error": message} and exits 1.
import * as age from "age-encryption";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const bytes = (b64) => new Uint8Array(Buffer.from(b64 ?? "", "base64"));
const b64 = (data) => Buffer.from(data).toString("base64");

try {
  let answer;
  if (request.op === "keygen") {
    const identity = request.pq
      ? await age.generateHybridIdentity()
      : await age.generateX25519Identity();
    answer = { identity, recipient: await age.identityToRecipient(identity) };
  } else if (request.op === "recipient") {
    answer = { recipient: await age.identityToRecipient(request.identity) };
  } else if (request.op === "encrypt") {
    const e = new age.Encrypter();
    if (request.passphrase != null) {
      e.setPassphrase(request.passphrase);
      e.setScryptWorkFactor(request.work_factor ?? 10);
    }
    for (const r of request.recipients ?? []) e.addRecipient(r);
    answer = { data: b64(await e.encrypt(bytes(request.data))) };
  } else if (request.op === "decrypt") {
    const d = new age.Decrypter();
    if (request.passphrase != null) d.addPassphrase(request.passphrase);
    for (const i of request.identities ?? []) d.addIdentity(i);
    answer = { data: b64(await d.decrypt(bytes(request.data))) };
  } else {
    throw new Error(`unknown op ${request.op}`);
  }
  process.stdout.write(JSON.stringify(answer));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error?.message ?? error) }));
  process.exitCode = 1;
}
