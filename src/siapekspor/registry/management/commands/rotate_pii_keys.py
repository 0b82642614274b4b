"""siapekspor rotate-pii-keys: re-seal personal data with the first key of SIAPEKSPOR_PII_KEYS."""

from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_record
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.crypto import seal, sealed_with_primary, unseal
from siapekspor.registry.models import Enterprise

SEALED = ("owner_name_sealed", "nik_sealed", "phone_sealed")


class Command(SiapEksporCommand):
    help = (
        "Re-seal every NIK, phone number and owner name with the current primary key, so an "
        "old key can be removed from SIAPEKSPOR_PII_KEYS. Blind indexes do not change."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, **options):
        total = Enterprise.objects.count()
        bar = self.progress(total, "rotate-pii-keys")
        changed = 0
        last = 0
        while True:
            with transaction.atomic():
                batch = list(
                    Enterprise.objects.filter(pk__gt=last)
                    .order_by("pk")
                    .only("pk", *SEALED)[: options["batch_size"]]
                )
                if not batch:
                    break
                stale = []
                for enterprise in batch:
                    dirty = False
                    for name in SEALED:
                        token = getattr(enterprise, name)
                        if token and not sealed_with_primary(token):
                            setattr(enterprise, name, seal(unseal(token)))
                            dirty = True
                    if dirty:
                        stale.append(enterprise)
                Enterprise.objects.bulk_update(stale, list(SEALED))
                changed += len(stale)
                last = batch[-1].pk
            bar.update(len(batch))
        bar.close()
        audit_record(
            actor=None,
            action="registry.personal_data.rekeyed",
            target_type="registry.enterprise",
            target_id="*",
            label=_("%(count)s enterprises re-sealed") % {"count": changed},
            changes={"enterprises": changed},
        )
        self.stdout.write(f"resealed={changed} total={total}")
