-- Fields encrypted at rest with AES-256-GCM (ADR 0026). SQL has no key: the application encrypts
-- what was written before, after it starts (FieldReencryption), and every value it writes.
comment on column participant.accommodation_needs is 'Encrypted: enc:<key id>:<Base64 of nonce, ciphertext and tag>, or plain text written before encryption';
comment on column meeting_private_note.note is 'Encrypted: enc:<key id>:<Base64 of nonce, ciphertext and tag>, or plain text written before encryption';
comment on column referral_document.content is 'Encrypted: the bytes of enc:<key id>: then nonce, ciphertext and tag, or a document written before encryption';
comment on column referral_document.size is 'The size of the document itself, not of its encrypted value';
-- An encrypted value does not compress: store it out of line without trying
alter table referral_document alter column content set storage external;
