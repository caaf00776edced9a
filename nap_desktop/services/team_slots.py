"""Key slots as the users service sees them, team-aware: removing a user from a team vault
rotates the data key through the team log (every device rekeys its replica when it applies
the rotation; the user's devices are removed with it), not on this computer alone."""

from __future__ import annotations

from nap_desktop.services.base import ServiceContext
from nap_desktop.store.vault import UnlockedVault


class TeamSlots:
    """The ``SlotKeeper`` of ``UserService``: the unlocked vault's own operations, except
    removal on a team vault."""

    def __init__(self, ctx: ServiceContext, unlocked: UnlockedVault) -> None:
        self.ctx = ctx
        self.unlocked = unlocked
        self.vault_id = unlocked.vault_id

    def add_user_slot(self, *, user_id: str, user_name: str, passphrase: str) -> bytes:
        return self.unlocked.add_user_slot(user_id=user_id, user_name=user_name,
                                           passphrase=passphrase)

    def change_passphrase(self, *, user_id: str, new_passphrase: str) -> bytes:
        return self.unlocked.change_passphrase(user_id=user_id, new_passphrase=new_passphrase)

    def has_slot(self, user_id: str) -> bool:
        return self.unlocked.has_slot(user_id)

    def verify_passphrase(self, user_id: str, passphrase: str) -> None:
        self.unlocked.verify_passphrase(user_id, passphrase)

    def remove_user_slot(self, user_id: str) -> None:
        """On a team vault: a rotation through the log that drops the user's key slot
        everywhere and removes their devices; it reaches the other devices (and rekeys
        this replica) at the next successful sync. Elsewhere: the local rotation."""
        from nap_desktop.sync import team

        if not team.is_team_vault(self.unlocked):
            self.unlocked.remove_user_slot(user_id)
            return
        team.remove_user(self.unlocked, self.ctx, user_id)
