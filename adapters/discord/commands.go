package discord

import "github.com/bwmarrin/discordgo"

// The application commands the adapter registers and answers.
const (
	// commandAsk is the /ask question:<text> chat command.
	commandAsk     = "ask"
	optionQuestion = "question"
	// commandAskMessage is the message context-menu command (right-click a
	// message → Apps → Ask exobot): exobot answers that message's text,
	// privately to the person who used it.
	commandAskMessage = "Ask exobot"
)

// Where the commands can be installed and used: installed to a server or
// to a person's account (user install), and used in servers, in DMs with
// the bot, and in group DMs and other DMs (a user-installed app follows
// its person there).
var (
	commandIntegrationTypes = []discordgo.ApplicationIntegrationType{
		discordgo.ApplicationIntegrationGuildInstall,
		discordgo.ApplicationIntegrationUserInstall,
	}
	commandContexts = []discordgo.InteractionContextType{
		discordgo.InteractionContextGuild,
		discordgo.InteractionContextBotDM,
		discordgo.InteractionContextPrivateChannel,
	}
)

// commands are the application commands exobot registers: /ask and the
// Ask exobot message command, each for guild and user install, in servers,
// the bot's DMs and private channels.
func commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{askCommand(), askMessageCommand()}
}

// askCommand is the /ask question:<text> chat command.
func askCommand() *discordgo.ApplicationCommand {
	contexts, install := commandContexts, commandIntegrationTypes
	return &discordgo.ApplicationCommand{
		Type:             discordgo.ChatApplicationCommand,
		Name:             commandAsk,
		Description:      "Ask a question about exosomes in skincare (answered privately)",
		Contexts:         &contexts,
		IntegrationTypes: &install,
		Options: []*discordgo.ApplicationCommandOption{{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         optionQuestion,
			Description:  "What would you like to know? Pick a suggestion or write your own.",
			Required:     true,
			Autocomplete: true,
		}},
	}
}

// askMessageCommand is the Ask exobot message command. Message commands
// have no description and no options.
func askMessageCommand() *discordgo.ApplicationCommand {
	contexts, install := commandContexts, commandIntegrationTypes
	return &discordgo.ApplicationCommand{
		Type:             discordgo.MessageApplicationCommand,
		Name:             commandAskMessage,
		Contexts:         &contexts,
		IntegrationTypes: &install,
	}
}
